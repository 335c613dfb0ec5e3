package org.fengqiao.notification.sms;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** What the simulated provider received, for administrators of the local stack. */
@RestController
@Validated
@ConditionalOnProperty(prefix = "fengqiao.notification.sms.simulator", name = "enabled", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
class SmsSimulatorController {

    private final SmsSimulator simulator;

    SmsSimulatorController(SmsSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/api/notifications/sms-simulator/messages")
    Mono<List<SimulatedSms>> messages(@RequestParam(required = false) String to,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return simulator.messages(to == null || to.isBlank() ? null : to.trim(), size);
    }
}
