package org.fengqiao.grid.fieldreport;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code fengqiao.grid.photos.*}.
 *
 * @param maxSize         largest photo accepted (larger: 413)
 * @param perReport       most photos one report may carry
 * @param types           accepted content types (others: 415); the bytes must match the declared type
 */
@ConfigurationProperties("fengqiao.grid.photos")
record PhotoProperties(DataSize maxSize, Integer perReport, List<String> types) {

    PhotoProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(5) : maxSize;
        perReport = perReport == null ? 9 : perReport;
        types = types == null || types.isEmpty() ? List.of("image/jpeg", "image/png", "image/webp") : List.copyOf(types);
    }
}
