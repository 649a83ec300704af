package se.sodertalje.euportal.rate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.common.csv.CsvTable;
import se.sodertalje.euportal.common.csv.CsvWriter;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The rates' CSV: what the export writes and the import reads back. The header names the columns
 * {@code currency,month,unitsPerEur[,source]}; a file may be separated by ',' or ';' and write its
 * rates with a decimal comma (11,4830) as Swedish spreadsheets do.
 */
public final class RateCsv {

    public static final List<String> HEADER = List.of("currency", "month", "unitsPerEur", "source");
    static final List<String> REQUIRED = HEADER.subList(0, 3);

    private RateCsv() {
    }

    public static String write(List<ExchangeRate> rates) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (ExchangeRate rate : rates) {
            csv.row(Arrays.asList(rate.currency, YearMonth.from(rate.month).toString(),
                    rate.unitsPerEur.stripTrailingZeros().toPlainString(), rate.source));
        }
        return csv.toString();
    }

    /** Every row read and checked; a rate is only kept when its row has no problem. */
    static ParsedRates parse(String body, YearMonth current) {
        CsvTable table = CsvTable.parseEitherDelimiter(body);
        List<FieldError> errors = new ArrayList<>();
        if (!table.hasColumns(REQUIRED)) {
            errors.add(new FieldError("file", "must start with the header " + String.join(";", HEADER)
                    + " (separated by ';' or ','; source is optional)", ProblemCode.FORMAT));
            return new ParsedRates(0, List.of(), errors);
        }
        List<ImportedRate> rates = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < table.rows(); row++) {
            if (table.blank(row)) {
                continue;
            }
            String prefix = "rows[" + row + "].";
            int before = errors.size();
            String currency = table.cell(row, "currency");
            RateRules.checkCurrency(currency, prefix + "currency", errors);
            YearMonth month = RateRules.parseMonth(table.cell(row, "month"), prefix + "month", errors);
            if (month != null) {
                RateRules.checkMonth(month, current, prefix + "month", errors);
            }
            BigDecimal unitsPerEur = number(table.cell(row, "unitsPerEur"), prefix + "unitsPerEur", errors);
            String source = text(table.cell(row, "source"));
            RateRules.checkSource(source, prefix + "source", errors);
            if (errors.size() > before) {
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(currency + "|" + month, row);
            if (earlier != null) {
                errors.add(new FieldError(prefix + "month", "repeats the " + currency + " rate of " + month + " in row "
                        + (earlier + 1), ProblemCode.RATE_008,
                        Map.of("currency", currency, "month", month.toString(), "row", earlier + 1)));
                continue;
            }
            rates.add(new ImportedRate(row, currency, month, unitsPerEur, source));
        }
        return new ParsedRates(table.rows(), rates, errors);
    }

    /** A rate written with a decimal point or a decimal comma; RATE-005/006 when it is not a valid one. */
    private static BigDecimal number(String cell, String field, List<FieldError> errors) {
        BigDecimal value = null;
        if (cell != null && cell.matches("[+-]?\\d+([.,]\\d+)?")) {
            value = new BigDecimal(cell.replace(',', '.'));
        } else if (cell != null) {
            errors.add(new FieldError(field, "must be a number such as 11.4830 or 11,4830", ProblemCode.RATE_005));
            return null;
        }
        RateRules.checkRate(value, field, errors);
        return value;
    }

    /** A cell as written, without the apostrophe the export puts before text a spreadsheet would run as a formula. */
    private static String text(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /** One valid row of a file: {@code row} counts from 0, the first line after the header. */
    record ImportedRate(int row, String currency, YearMonth month, BigDecimal unitsPerEur, String source) {
    }

    /** A file read into rates, with the problems of its rows. */
    record ParsedRates(int rows, List<ImportedRate> rates, List<FieldError> errors) {
    }
}
