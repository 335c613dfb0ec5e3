package org.fengqiao.grid.patrol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 走访: a household visited during a patrol. */
record Visit(@NotBlank @Size(max = 100) String household, @Size(max = 1000) String note) {
}
