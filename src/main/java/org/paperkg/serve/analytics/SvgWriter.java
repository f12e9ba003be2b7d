package org.paperkg.serve.analytics;

import org.paperkg.serve.html.Html;
import java.util.Locale;

/**
 * Writes one SVG image element by element. Coordinates are user units; every text and
 * tooltip passes through {@link Html#escape}, so data can never become markup.
 *
 * <pre>{@code
 * SvgWriter svg = new SvgWriter(400, 200, "Papers per month");
 * svg.rect(10, 10, 50, 20, "#4e79a7", "ImageNet: 12");
 * String image = svg.toString();
 * }</pre>
 */
final class SvgWriter {

    private final StringBuilder sb = new StringBuilder();

    SvgWriter(double width, double height, String title) {
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
                        + "role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"12\">\n",
                n(width), n(height), n(width), n(height), Html.escape(title)));
        sb.append("<title>").append(Html.escape(title)).append("</title>\n");
    }

    /** A filled rectangle with a tooltip (null for none). */
    SvgWriter rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\">",
                n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), colour(fill)));
        tooltip(tooltip);
        sb.append("</rect>\n");
        return this;
    }

    /** Text at a point; {@code anchor} is start, middle or end. */
    SvgWriter text(double x, double y, String anchor, String fill, String text) {
        return text(x, y, anchor, fill, text, 0);
    }

    /** Text rotated by {@code degrees} around its anchor point. */
    SvgWriter text(double x, double y, String anchor, String fill, String text, double degrees) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" fill=\"%s\"", n(x), n(y),
                anchor(anchor), colour(fill)));
        if (degrees != 0) {
            sb.append(String.format(Locale.ROOT, " transform=\"rotate(%s %s %s)\"", n(degrees), n(x), n(y)));
        }
        sb.append('>').append(Html.escape(text)).append("</text>\n");
        return this;
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke) {
        sb.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>\n",
                n(x1), n(y1), n(x2), n(y2), colour(stroke)));
        return this;
    }

    /** An open line through the points {x0, y0, x1, y1, ...}. */
    SvgWriter polyline(double[] xy, String stroke) {
        sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour(stroke)).append("\" points=\"");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            sb.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        sb.append("\"/>\n");
        return this;
    }

    SvgWriter circle(double cx, double cy, double r, String fill, String tooltip) {
        sb.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\">", n(cx), n(cy), n(r),
                colour(fill)));
        tooltip(tooltip);
        sb.append("</circle>\n");
        return this;
    }

    private void tooltip(String tooltip) {
        if (tooltip != null) {
            sb.append("<title>").append(Html.escape(tooltip)).append("</title>");
        }
    }

    @Override
    public String toString() {
        return sb + "</svg>\n";
    }

    private static String n(double v) {
        return Labels.number(Math.round(v * 10) / 10.0);
    }

    /** Colours come from the chart code, never from data; anything else is refused. */
    private static String colour(String c) {
        if (!c.matches("#[0-9a-fA-F]{3,8}|none|[a-z]+")) {
            throw new IllegalArgumentException("not a colour: " + c);
        }
        return c;
    }

    private static String anchor(String a) {
        if (!a.equals("start") && !a.equals("middle") && !a.equals("end")) {
            throw new IllegalArgumentException("text-anchor must be start, middle or end, got " + a);
        }
        return a;
    }
}
