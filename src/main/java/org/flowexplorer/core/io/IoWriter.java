package org.flowexplorer.core.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a file's whole content to a stream; may fail with an I/O error. */
@FunctionalInterface
public interface IoWriter {
    void write(OutputStream out) throws IOException;
}
