package nl.hgw.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The zip's layout and the icons' sizes and colours: what Teams wants and its schema does not check. */
class TeamsAppPackageIT {

    @Test
    void holdsTheManifestItsTranslationAndBothIconsAtItsRoot() {
        assertThat(TeamsPackage.entries()).containsOnlyKeys("manifest.json", "en.json", "color.png", "outline.png");
    }

    @Test
    void colourIconIs192PixelsSquareOnTheAccentColour() throws IOException {
        BufferedImage icon = icon("color.png");

        assertThat(icon.getWidth()).isEqualTo(192);
        assertThat(icon.getHeight()).isEqualTo(192);
        int accent = Color.decode(System.getProperty("hgw.teams.accentColor", "#1F6F78")).getRGB();
        assertThat(icon.getRGB(0, 0)).as("top left pixel").isEqualTo(accent);
        assertThat(icon.getRGB(191, 191)).as("bottom right pixel").isEqualTo(accent);
    }

    @Test
    void outlineIconIs32PixelsSquare() throws IOException {
        BufferedImage icon = icon("outline.png");

        assertThat(icon.getWidth()).isEqualTo(32);
        assertThat(icon.getHeight()).isEqualTo(32);
    }

    @Test
    void outlineIconIsWhiteOnTransparent() throws IOException {
        BufferedImage icon = icon("outline.png");
        List<String> notWhite = new ArrayList<>();
        int opaque = 0;
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                int argb = icon.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha != 0 && (argb & 0xFFFFFF) != 0xFFFFFF) {
                    notWhite.add("(%d,%d) #%08X".formatted(x, y, argb));
                }
                opaque += alpha == 0xFF ? 1 : 0;
            }
        }

        assertThat(icon.getColorModel().hasAlpha()).as("has an alpha channel").isTrue();
        assertThat(notWhite).as("visible pixels that are not white").isEmpty();
        assertThat(List.of(icon.getRGB(0, 0), icon.getRGB(31, 0), icon.getRGB(0, 31), icon.getRGB(31, 31)))
                .as("corners")
                .allMatch(argb -> argb >>> 24 == 0);
        assertThat(opaque).as("fully white pixels").isGreaterThan(100);
    }

    private static BufferedImage icon(String name) throws IOException {
        byte[] png = TeamsPackage.entries().get(name);
        assertThat(png).as(name + " in the zip").isNotNull();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as(name + " is a PNG that ImageIO reads").isNotNull();
        return image;
    }
}
