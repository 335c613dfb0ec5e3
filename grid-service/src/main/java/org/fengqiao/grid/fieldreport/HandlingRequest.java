package org.fengqiao.grid.fieldreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record HandlingRequest(@NotBlank @Size(max = 2000) String result) {
}
