package nl.hgw.dialogs.group;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out a circle's title and its pupils' names in lines that stay inside the circle: each line
 * only as wide as the circle is at that height, the title (bold) on its own line(s) first, then the
 * names, each whole, the block centred. Measured with the same font settings the picture is drawn
 * with.
 */
final class TextFit {

    static final Font NAME = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    static final double LINE = 20;

    /** Space between two names on a line. */
    static final double GAP = 12;

    /** Space kept free inside the circle's edge. */
    static final double PADDING = 9;

    /** Longer names are shortened in the picture (the text beside it has them whole). */
    static final int LONGEST_NAME = 22;

    /** One piece of text, placed relative to the circle's centre. */
    record Placed(String text, Font font, double dx, double baseline) {
    }

    private final FontRenderContext context = new FontRenderContext(null, true, true);

    double width(String text, Font font) {
        return font.getStringBounds(text, context).getWidth();
    }

    static String shortened(String name) {
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME - 1).strip() + "…";
    }

    /** The title's words and the names in a circle of this radius, or empty when they do not fit. */
    Optional<List<Placed>> fit(double radius, List<String> titleWords, List<String> names) {
        double inner = radius - PADDING;
        int most = (int) Math.floor(2 * inner / LINE);
        for (int lines = 1; lines <= most; lines++) {
            Optional<List<Placed>> placed = fit(inner, lines, titleWords, names);
            if (placed.isPresent()) {
                return placed;
            }
        }
        return Optional.empty();
    }

    private Optional<List<Placed>> fit(double inner, int lines, List<String> titleWords, List<String> names) {
        double top = -lines * LINE / 2;
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> titleRow = new ArrayList<>();
        if (!fill(rows, titleRow, titleWords, TITLE, width(" ", TITLE), true, inner, lines, top)
                || !fill(rows, titleRow, names, NAME, GAP, false, inner, lines, top)) {
            return Optional.empty();
        }
        List<Placed> placed = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            Font font = titleRow.get(row) ? TITLE : NAME;
            double gap = titleRow.get(row) ? width(" ", TITLE) : GAP;
            double total = rows.get(row).stream().mapToDouble(text -> width(text, font)).sum()
                + gap * (rows.get(row).size() - 1);
            double x = -total / 2;
            double baseline = top + row * LINE + LINE * 0.72;
            for (String text : rows.get(row)) {
                placed.add(new Placed(text, font, x, baseline));
                x += width(text, font) + gap;
            }
        }
        return Optional.of(placed);
    }

    /** Puts the items on rows after the ones used, each row no wider than the circle there. */
    private boolean fill(List<List<String>> rows, List<Boolean> titleRow, List<String> items, Font font, double gap,
            boolean title, double inner, int lines, double top) {
        List<String> row = null;
        double used = 0;
        for (String item : items) {
            double width = width(item, font);
            if (row != null && used + gap + width <= chord(inner, rows.size() - 1, lines, top)) {
                row.add(item);
                used += gap + width;
                continue;
            }
            if (rows.size() >= lines || width > chord(inner, rows.size(), lines, top)) {
                return false;
            }
            row = new ArrayList<>(List.of(item));
            rows.add(row);
            titleRow.add(title);
            used = width;
        }
        return true;
    }

    /** How wide the circle is over the whole height of a row. */
    private static double chord(double inner, int row, int lines, double top) {
        double y0 = top + row * LINE;
        double edge = Math.max(Math.abs(y0), Math.abs(y0 + LINE));
        double squared = inner * inner - edge * edge;
        return squared <= 0 ? 0 : 2 * Math.sqrt(squared);
    }
}
