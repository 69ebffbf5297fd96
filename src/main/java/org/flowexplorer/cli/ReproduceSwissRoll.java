package org.flowexplorer.cli;

import picocli.CommandLine.Command;

@Command(name = "ReproduceSwissRoll")
final class ReproduceSwissRoll implements Runnable {
    @Override
    public void run() {
    }
}
