package org.distgray.run;

import org.distgray.image.ImageFormat;
import org.distgray.storage.NameFilter;

/**
 * The file names that are images to distgray: those whose extension names an
 * {@link ImageFormat}. Storage takes this filter without knowing the formats.
 */
public final class ImageNames {
    private static final NameFilter FILTER = new NameFilter(ImageFormat.extensionList() + " files",
            name -> ImageFormat.ofFileName(name).isPresent());

    private ImageNames() {
    }

    /** Accepts {@code a.png}, {@code dir/b.JPG}; its description is {@code .jpg, ... files}. */
    public static NameFilter filter() {
        return FILTER;
    }
}
