package org.fengqiao.survey.campaign;

import org.fengqiao.platform.web.InvalidInput;

/** A campaign, response or token request the caller got wrong: answered 400. */
class InvalidCampaign extends IllegalArgumentException implements InvalidInput {

    InvalidCampaign(String message) {
        super(message);
    }
}
