package org.flowexplorer.cli;

import picocli.CommandLine.Command;

@Command(name = "ReproduceNnHistogram")
final class ReproduceNnHistogram implements Runnable {
    @Override
    public void run() {
    }
}
