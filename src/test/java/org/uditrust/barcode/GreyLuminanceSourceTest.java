package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.LuminanceSource;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our fast grey conversion must give ZXing's own BufferedImageLuminanceSource result, pixel for pixel. */
class GreyLuminanceSourceTest {

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
        BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_BGR,
        BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY})
    void matchesZxingsOwnSource(int type) {
        BufferedImage image = randomImage(type, 37, 23);
        LuminanceSource zxing = new BufferedImageLuminanceSource(image);
        LuminanceSource ours = GreyLuminanceSource.of(image);

        assertThat(ours.getMatrix()).isEqualTo(zxing.getMatrix());
        assertThat(ours.getRow(5, null)).isEqualTo(zxing.getRow(5, null));
        assertThat(ours.crop(3, 4, 20, 10).getMatrix()).isEqualTo(zxing.crop(3, 4, 20, 10).getMatrix());
        assertThat(ours.rotateCounterClockwise().getMatrix()).isEqualTo(zxing.rotateCounterClockwise().getMatrix());
        assertThat(ours.crop(3, 4, 20, 10).rotateCounterClockwise().getMatrix())
                .isEqualTo(zxing.crop(3, 4, 20, 10).rotateCounterClockwise().getMatrix());
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY})
    void subImagesAreReadThroughTheirOwnOrigin(int type) {
        BufferedImage sub = randomImage(type, 40, 30).getSubimage(5, 7, 20, 15);
        assertThat(GreyLuminanceSource.of(sub).getMatrix()).isEqualTo(new BufferedImageLuminanceSource(sub).getMatrix());
    }

    /** Opaque random pixels, plus fully transparent ones where the type has alpha (both sources make them white). */
    private static BufferedImage randomImage(int type, int w, int h) {
        Random random = new Random(type);
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = random.nextInt(0x1000000);
                int alpha = random.nextInt(10) == 0 ? 0 : 0xff;
                image.setRGB(x, y, alpha << 24 | rgb);
            }
        }
        return image;
    }
}
