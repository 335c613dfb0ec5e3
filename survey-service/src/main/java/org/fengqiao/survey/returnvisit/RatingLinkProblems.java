package org.fengqiao.survey.returnvisit;

import org.fengqiao.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The answers for a rating link that cannot be used; none tells whether another link exists. */
final class RatingLinkProblems {

    private RatingLinkProblems() {
    }

    static NotFoundException unknown() {
        return new NotFoundException("评价链接无效");
    }

    static ResponseStatusException used() {
        return new ResponseStatusException(HttpStatus.GONE, "该评价链接已使用或回访已完成，不能再次评价");
    }

    static ResponseStatusException expired() {
        return new ResponseStatusException(HttpStatus.GONE, "该评价链接已过期");
    }
}
