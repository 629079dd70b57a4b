package io.jointclear.platform.security;

import java.util.List;

/**
 * One entry of {@code jointclear.security.agencies}: a customs brokerage with the Mexican patentes and
 * US filer codes it files under; brokers name it by {@code id} ({@code users[n].agency}).
 */
record ConfiguredAgency(String id, String name, List<String> patentes, List<String> filerCodes) {
}
