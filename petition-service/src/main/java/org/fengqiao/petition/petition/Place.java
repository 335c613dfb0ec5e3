package org.fengqiao.petition.petition;

/** Where the matter is: division code (属地), address, optional WGS-84 position. */
record Place(String jurisdiction, String address, Double latitude, Double longitude) {
}
