package nl.hgw.dialogs.group;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.hgw.dialogs.pupil.PupilPlan;

/**
 * The group overview as a picture: the head (basic offer) below, the two ears (intensive left,
 * deepened right) above it, the earrings beside the ears; the circle's name and its pupils' names
 * inside each circle; the more pupils, the larger the circle (a circle with more pupils always has
 * the larger area). Dark text on light fills on an opaque white panel, so it reads the same in
 * Teams' light and dark themes. Drawn with Java2D in the JVM.
 */
final class GroupPicture {

    static final Color BACKGROUND = Color.WHITE;

    static final Color TEXT = new Color(0x1B1B1B);

    private static final Map<Circle, Color[]> COLORS = new EnumMap<>(Map.of(
        Circle.HEAD, new Color[] {new Color(0xDDEBF7), new Color(0x2F5F8A)},
        Circle.INTENSIVE, new Color[] {new Color(0xFBE3D3), new Color(0x9A4A1F)},
        Circle.DEEPENED, new Color[] {new Color(0xDFF0DC), new Color(0x2E6B30)},
        Circle.VERY_INTENSIVE, new Color[] {new Color(0xF6D0BD), new Color(0x9A4A1F)},
        Circle.VERY_DEEPENED, new Color[] {new Color(0xC9E6C4), new Color(0x2E6B30)}));

    private static final double MARGIN = 24;

    private static final double GAP = 18;

    private static final double SMALLEST = 48;

    /** Room per pupil, before the names are fitted in: radius = this × √pupils. */
    private static final double PER_PUPIL = 30;

    private static final double LARGEST = 900;

    private final TextFit fit = new TextFit();

    /** One circle in the picture: where, how large, and its text. */
    record Placed(Circle circle, int pupils, double x, double y, double radius, List<TextFit.Placed> texts) {

        double area() {
            return Math.PI * radius * radius;
        }
    }

    /** Where everything goes, in pixels. */
    record Layout(int width, int height, List<Placed> circles) {
    }

    Layout layout(GroupOverview overview) {
        Map<Circle, Double> radii = new EnumMap<>(Circle.class);
        Map<Circle, List<TextFit.Placed>> texts = new EnumMap<>(Circle.class);
        Map<Circle, Integer> sizes = overview.sizes();
        for (Circle circle : Circle.values()) {
            List<String> words = new ArrayList<>(Arrays.asList(overview.title(circle).strip().split("\\s+")));
            words.add("(" + sizes.get(circle) + ")");
            List<String> names = overview.members(circle).stream().map(PupilPlan::name).map(TextFit::shortened)
                .toList();
            double radius = Math.max(SMALLEST, PER_PUPIL * Math.sqrt(names.size()));
            var placed = fit.fit(radius, words, names);
            while (placed.isEmpty() && radius < LARGEST) {
                radius += 4;
                placed = fit.fit(radius, words, names);
            }
            radii.put(circle, radius);
            texts.put(circle, placed.orElse(List.of()));
        }
        ordered(radii, sizes);
        return place(radii, texts, sizes);
    }

    /** More pupils, larger circle: walking up by size, each larger than every circle with fewer pupils. */
    private static void ordered(Map<Circle, Double> radii, Map<Circle, Integer> sizes) {
        List<Circle> bySize = Arrays.stream(Circle.values()).sorted(Comparator.comparingInt(sizes::get)).toList();
        double largestBelow = 0;
        double largestSoFar = 0;
        int size = -1;
        for (Circle circle : bySize) {
            if (sizes.get(circle) > size) {
                largestBelow = largestSoFar;
                size = sizes.get(circle);
            }
            double radius = Math.max(radii.get(circle), largestBelow > 0 ? largestBelow + 2 : 0);
            radii.put(circle, radius);
            largestSoFar = Math.max(largestSoFar, radius);
        }
    }

    private static Layout place(Map<Circle, Double> radii, Map<Circle, List<TextFit.Placed>> texts,
            Map<Circle, Integer> sizes) {
        double head = radii.get(Circle.HEAD);
        double[][] centres = new double[Circle.values().length][];
        centres[Circle.HEAD.ordinal()] = new double[] {0, 0};
        for (Circle ear : List.of(Circle.INTENSIVE, Circle.DEEPENED)) {
            double side = ear == Circle.INTENSIVE ? -1 : 1;
            double distance = head + radii.get(ear) + GAP;
            double[] centre = {side * distance * Math.cos(Math.toRadians(45)),
                -distance * Math.sin(Math.toRadians(45))};
            centres[ear.ordinal()] = centre;
            Circle ring = ear == Circle.INTENSIVE ? Circle.VERY_INTENSIVE : Circle.VERY_DEEPENED;
            double out = radii.get(ear) + radii.get(ring) + GAP;
            centres[ring.ordinal()] = new double[] {centre[0] + side * out, centre[1]};
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Circle circle : Circle.values()) {
            double[] c = centres[circle.ordinal()];
            double r = radii.get(circle);
            left = Math.min(left, c[0] - r);
            right = Math.max(right, c[0] + r);
            top = Math.min(top, c[1] - r);
            bottom = Math.max(bottom, c[1] + r);
        }
        List<Placed> placed = new ArrayList<>();
        for (Circle circle : Circle.values()) {
            double[] c = centres[circle.ordinal()];
            placed.add(new Placed(circle, sizes.get(circle), c[0] - left + MARGIN, c[1] - top + MARGIN,
                radii.get(circle), texts.get(circle)));
        }
        return new Layout((int) Math.ceil(right - left + 2 * MARGIN), (int) Math.ceil(bottom - top + 2 * MARGIN),
            List.copyOf(placed));
    }

    void draw(Layout layout, Canvas canvas) {
        canvas.background(layout.width(), layout.height(), BACKGROUND);
        for (Placed circle : layout.circles()) {
            Color[] colors = COLORS.get(circle.circle());
            canvas.circle(circle.x(), circle.y(), circle.radius(), colors[0], colors[1]);
            for (TextFit.Placed text : circle.texts()) {
                canvas.text(text.text(), circle.x() + text.dx(), circle.y() + text.baseline(), text.font(), TEXT);
            }
        }
    }

    /** The picture as a PNG. */
    byte[] png(GroupOverview overview) {
        Layout layout = layout(overview);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            draw(layout, new Java2dCanvas(graphics));
        } finally {
            graphics.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
