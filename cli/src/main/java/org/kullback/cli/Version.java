package org.kullback.cli;

import picocli.CommandLine;

/** The version printed by {@code kullback --version}, from the jar manifest when packaged. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Kullback.class.getPackage().getImplementationVersion();
        return new String[] {"kullback " + (version == null ? "(development build)" : version)};
    }
}
