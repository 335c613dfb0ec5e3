package org.fengqiao.petition.petition;

import java.util.List;

/** What registration knows about a petition before it is saved, whatever the channel. */
record NewPetition(Channel channel, String batchNumber, int headCount, List<StoredPetitioner> petitioners,
                   String content, String category, Purpose purpose, Place place, List<Attachment> attachments,
                   String sourceRef) {
}
