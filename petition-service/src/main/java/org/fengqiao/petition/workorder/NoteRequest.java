package org.fengqiao.petition.workorder;

import jakarta.validation.constraints.Size;

/** 结案: an optional closing note. */
record NoteRequest(@Size(max = 500) String note) {

    static final NoteRequest NONE = new NoteRequest(null);
}
