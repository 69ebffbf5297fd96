package org.flowexplorer.cli;

import picocli.CommandLine.Command;

@Command(name = "ReproduceCurlLangevin")
final class ReproduceCurlLangevin implements Runnable {
    @Override
    public void run() {
    }
}
