package org.flowexplorer.cli;

import picocli.CommandLine.Command;

@Command(name = "ReproduceDiffFlowMarginals")
final class ReproduceDiffFlowMarginals implements Runnable {
    @Override
    public void run() {
    }
}
