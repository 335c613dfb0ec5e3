package org.fengqiao.survey.campaign;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The citizen's side of an online evaluation: no login, the one-time token is the only credential. */
@RestController
@RequestMapping("/api/public/evaluations")
class PublicEvaluationController {

    private final Campaigns campaigns;

    PublicEvaluationController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/{token}")
    Mono<PublicForm> form(@PathVariable String token) {
        return campaigns.publicForm(token);
    }

    /** Body: {@code {"answers": {"q1": "satisfied", ...}}}; 201 once, 409 afterwards. */
    @PostMapping("/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Map<String, Boolean>> answer(@PathVariable String token, @RequestBody PublicAnswer answer) {
        return Mono.defer(() -> campaigns.answer(token, answer.answers())).thenReturn(Map.of("accepted", true));
    }

    /** The citizen's answers by question id. */
    record PublicAnswer(Map<String, Object> answers) {
    }
}
