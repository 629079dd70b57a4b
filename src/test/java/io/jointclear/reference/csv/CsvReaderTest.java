package io.jointclear.reference.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void reads_quoted_fields_with_escaped_quotes_commas_and_line_breaks() {
        String csv = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,,\"\"\r\n";

        List<List<String>> records = read(csv);

        assertThat(records).containsExactly(
                List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "two\r\nlines"),
                List.of("plain", "", ""));
    }

    @Test
    void drops_the_byte_order_mark_and_gives_fields_by_header_name() {
        byte[] bytes = "\uFEFF\"HTS Number\",Indent\n\"0101\",0\n".getBytes(StandardCharsets.UTF_8);
        CsvReader csv = CsvReader.utf8(new ByteArrayInputStream(bytes));

        CsvReader.Header header = csv.readHeader();
        List<String> record = csv.readRecord();

        assertThat(header.names()).containsExactly("HTS Number", "Indent");
        assertThat(header.get(record, "HTS Number")).isEqualTo("0101");
        assertThat(header.get(record, "Indent")).isEqualTo("0");
        assertThat(csv.readRecord()).isNull();
        assertThatThrownBy(() -> header.indexOf("Nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_lf_cr_and_a_missing_final_line_break_and_skips_blank_lines() {
        assertThat(read("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(read("a\rb\r\n\r\n\nc")).containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(read("")).isEmpty();
        assertThat(read("a,\n")).containsExactly(List.of("a", ""));
    }

    @Test
    void rejects_malformed_quoting_with_the_line() {
        assertThatThrownBy(() -> read("a\n\"open,b\n")).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("\"a\"b,c")).isInstanceOf(CsvReader.FormatException.class);
    }

    @Property
    void reads_back_what_an_rfc_4180_writer_wrote(
            @ForAll @Size(min = 1, max = 5) List<@Size(min = 1, max = 4) List<
                    @StringLength(max = 8) @Chars({'a', 'Z', ' ', ',', '"', '\n', '\r', '¢', 'é'}) String>> records) {
        List<List<String>> nonBlank = new ArrayList<>(records.stream()
                .filter(r -> !(r.size() == 1 && r.getFirst().isEmpty())) // a blank line is no record
                .toList());
        String csv = nonBlank.stream()
                .map(r -> r.stream().map(CsvReaderTest::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));

        assertThat(read(nonBlank.isEmpty() ? "" : csv)).isEqualTo(nonBlank);
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        new CsvReader(new StringReader(csv)).forEach(records::add);
        return records;
    }
}
