package org.flowexplorer.cli;

import picocli.CommandLine.Command;

@Command(name = "DiagnoseCommand")
final class DiagnoseCommand implements Runnable {
    @Override
    public void run() {
    }
}
