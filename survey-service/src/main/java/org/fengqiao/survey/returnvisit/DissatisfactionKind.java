package org.fengqiao.survey.returnvisit;

/** Why a citizen is dissatisfied: only a substantive reason (the problem is not solved) sends the case back. */
enum DissatisfactionKind {
    /** 实质性不满意: the problem itself is not solved. */
    substantive,
    /** 主观性不满意: the problem is solved but the citizen is unhappy with, e.g., the policy or the manner. */
    subjective
}
