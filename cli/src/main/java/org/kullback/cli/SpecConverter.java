package org.kullback.cli;

import org.kullback.distributions.Distribution;
import org.kullback.distributions.DistributionSpec;
import org.kullback.distributions.SpecSyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a distribution argument in the spec syntax. A malformed spec, an unknown family or invalid
 * parameters are usage errors (exit status 2), reported with the spec and the position.
 */
final class SpecConverter implements ITypeConverter<Distribution> {

    @Override
    public Distribution convert(String text) {
        try {
            return DistributionSpec.parse(text);
        } catch (SpecSyntaxException e) {
            throw new TypeConversionException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + text + "': " + e.getMessage());
        }
    }
}
