/**
 * Non-gradient fields: the diagnose command's curl grid, field diagnostics and circle integrals of one state,
 * and the Langevin curl-term experiment (a curled drift that transports as well).
 */
package org.flowexplorer.core.experiment.curl;
