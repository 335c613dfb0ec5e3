package org.fengqiao.petition.petition;

/** Metadata of a document handed in (the file itself lives in the document store). */
record Attachment(String name, String contentType, long size, String reference) {
}
