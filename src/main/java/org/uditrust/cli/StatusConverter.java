package org.uditrust.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.uditrust.registry.DeviceStatus;
import picocli.CommandLine;

/** Reads a status as people type it: {@code in-service}, {@code IN_SERVICE}, {@code quarantined}, … */
final class StatusConverter implements CommandLine.ITypeConverter<DeviceStatus> {

    static final String VALUES = Arrays.stream(DeviceStatus.values()).map(DeviceOutput::status)
            .collect(Collectors.joining(", "));

    @Override
    public DeviceStatus convert(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return DeviceStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a status; use one of " + VALUES);
        }
    }
}
