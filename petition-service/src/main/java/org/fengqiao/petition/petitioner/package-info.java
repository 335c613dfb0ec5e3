/**
 * Petitioners (信访人) of the petition track: their identity documents so far. Registration, the keyed hash
 * for matching repeat petitioners and encryption at rest grow here (issue 3).
 */
package org.fengqiao.petition.petitioner;
