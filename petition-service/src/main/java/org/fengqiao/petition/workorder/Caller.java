package org.fengqiao.petition.workorder;

/** The citizen who called the hotline. */
record Caller(String name, String phone) {

    /** The phone as list views show it: 139****1234. */
    String maskedPhone() {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
