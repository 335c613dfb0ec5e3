package org.fengqiao.petition.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;

class CsvExportTest {

    record Row(String number, String content) {
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndFormulasStayText() {
        assertThat(CsvExport.cell("路灯不亮")).isEqualTo("路灯不亮");
        assertThat(CsvExport.cell("灯杆倾斜, 有\"倒塌\"风险")).isEqualTo("\"灯杆倾斜, 有\"\"倒塌\"\"风险\"");
        assertThat(CsvExport.cell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndTheHeaderThenOneLinePerRow() {
        CsvExport<Row> csv = CsvExport.of(new CsvExport.Column<>("工单编号", Row::number),
                new CsvExport.Column<>("诉求内容", Row::content));
        byte[] bytes = DataBufferUtils.join(csv.write(Flux.range(1, 250).map(i -> new Row("ZJ-" + i, "内容," + i)),
                DefaultDataBufferFactory.sharedInstance)).map(buffer -> {
                    byte[] all = new byte[buffer.readableByteCount()];
                    buffer.read(all);
                    return all;
                }).block();

        assertThat(List.of(bytes[0], bytes[1], bytes[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(251);
        assertThat(lines[0]).isEqualTo("工单编号,诉求内容");
        assertThat(lines[250]).isEqualTo("ZJ-250,\"内容,250\"");
    }

    @Test
    void timesAreBeijingWallClock() {
        assertThat(CsvExport.time(Instant.parse("2026-11-22T08:05:00Z"))).isEqualTo("2026-11-22 16:05");
        assertThat(CsvExport.time(null)).isNull();
    }
}
