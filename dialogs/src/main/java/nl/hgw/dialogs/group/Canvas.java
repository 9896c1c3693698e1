package nl.hgw.dialogs.group;

import java.awt.Color;
import java.awt.Font;

/**
 * What the group picture is drawn with: a background, filled circles and text. Java2D draws it
 * ({@link Java2dCanvas}); a test can record the calls instead.
 */
interface Canvas {

    void background(int width, int height, Color color);

    void circle(double centerX, double centerY, double radius, Color fill, Color outline);

    /** Text with its left end at {@code x} and its baseline at {@code baseline}. */
    void text(String text, double x, double baseline, Font font, Color color);
}
