package org.fengqiao.petition.petition;

import java.time.Instant;
import java.time.LocalDate;

/** 答复: what the holder told the petitioner. */
record Reply(Disposition disposition, String text, LocalDate resolveBy, Instant at, String unit, String by,
             boolean onTime) {
}
