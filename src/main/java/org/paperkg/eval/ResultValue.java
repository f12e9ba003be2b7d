package org.paperkg.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.ResultMention;

/**
 * A result value reduced to what decides whether two results agree: the number, its unit and
 * whether it is a change ("+2.55 dB") rather than an absolute score ("85.2%").
 *
 * <p>Gold files keep values as written; extractions carry {@link ResultMention#value()} already
 * split. Both are brought here so that "85.2%" equals 85.2 with unit "%", and "1,024" equals 1024.
 *
 * @param number the magnitude, sign included for absolute values; the lower end of a range
 * @param upper  the upper end of a range ("51.06-51.33%"), else equal to {@code number}
 * @param unit   normalised unit ("%", "db", "x", "pp", ...), "" when none was written
 * @param delta  true for an improvement or change
 */
public record ResultValue(BigDecimal number, BigDecimal upper, String unit, boolean delta) {

    private static final Pattern WRITTEN = Pattern.compile(
            "^(?:>=|<=|[<>\u2264\u2265~\u2248])?\\s*([+\\-\u2212]?)\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d*\\.?\\d+)"
                    + "(?:\\s*[-\u2013]\\s*(\\d*\\.?\\d+))?\\s*(.*)$");

    public ResultValue {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(upper, "upper");
        unit = normaliseUnit(Objects.requireNonNull(unit, "unit"));
    }

    /** A single value, no range. */
    public ResultValue(BigDecimal number, String unit, boolean delta) {
        this(number, number, unit, delta);
    }

    /**
     * Reads a value as annotators write it: an optional bound as the text states it ("&gt;99%",
     * "&lt;=0.8", "~3"; the bound is dropped, the number kept), an optional sign ({@code +} marks a
     * change), the number (thousands commas allowed), perhaps the upper end of a range
     * ("51.06-51.33%"), and an optional unit. Empty when it holds no number.
     */
    public static Optional<ResultValue> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String sign = m.group(1);
        BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
        if (!sign.isEmpty() && !sign.equals("+")) {
            number = number.negate();
        }
        BigDecimal upper = m.group(3) == null ? number : new BigDecimal(m.group(3));
        return Optional.of(new ResultValue(number, upper, m.group(4), sign.equals("+")));
    }

    /** The value of an extracted result; a range's upper end is read from its {@code valueText}. */
    public static ResultValue of(ResultMention mention) {
        BigDecimal upper = parse(mention.valueText()).filter(ResultValue::isRange).map(ResultValue::upper)
                .orElse(mention.value());
        return new ResultValue(mention.value(), upper, mention.unit(), mention.delta());
    }

    /** True for a range such as "116-121". */
    public boolean isRange() {
        return upper.compareTo(number) != 0;
    }

    /**
     * True when both state the same result: equal numbers (compared numerically, so 85.20 = 85.2),
     * both changes or both absolute, and the same unit unless one side wrote none. Changes are
     * compared by magnitude, since "reduces the error by 3.1%" is written with either sign.
     */
    public boolean matches(ResultValue other) {
        if (delta != other.delta) {
            return false;
        }
        if (!sameNumber(number, other.number) || !sameNumber(upper, other.upper)) {
            return false;
        }
        return unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit);
    }

    private boolean sameNumber(BigDecimal a, BigDecimal b) {
        return delta ? a.abs().compareTo(b.abs()) == 0 : a.compareTo(b) == 0;
    }

    private static String normaliseUnit(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replace('\u00d7', 'x');
        return switch (u) {
            case "percent", "per cent", "pct" -> "%";
            case "points", "point", "percentage points", "p.p." -> "pp";
            case "times", "\u00d7" -> "x";
            default -> u;
        };
    }

    @Override
    public String toString() {
        return (delta ? "+" : "") + number.toPlainString() + (isRange() ? "-" + upper.toPlainString() : "") + unit;
    }
}
