package org.flowexplorer.cli;

import picocli.CommandLine.Command;

@Command(name = "ReproduceModel50")
final class ReproduceModel50 implements Runnable {
    @Override
    public void run() {
    }
}
