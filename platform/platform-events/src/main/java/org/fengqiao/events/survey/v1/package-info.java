/** Version 1 of the events survey-service publishes on {@code survey.events.v1}. */
package org.fengqiao.events.survey.v1;
