package org.fengqiao.petition.petitioner;

import org.fengqiao.petition.petitioner.PetitionerKeyProperties.MissingPetitionerKeysException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Turns missing petitioner keys into Boot's short start-up failure report (what to set, no stack trace) ahead
 * of the generic binding analysis. Registered in {@code META-INF/spring.factories}.
 */
class MissingPetitionerKeysFailureAnalyzer extends AbstractFailureAnalyzer<MissingPetitionerKeysException>
        implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingPetitionerKeysException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the variables named above in petition-service's environment and start again; keep them safe "
                        + "(stored ID-card numbers need the same keys). The local stack (deploy/local/start) "
                        + "generates them per data directory.", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
