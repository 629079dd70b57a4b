package io.jointclear.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits every request meets before any module sees it ({@code jointclear.web.*}).
 *
 * @param maxRequestBytes largest body of a JSON request; a batch of 100 crossings as the load
 *                        generator sends them is 144 KB, so 2 MiB leaves ample room without letting one
 *                        caller fill the memory
 * @param maxImportBytes  largest body of a CSV import (reference data files are larger than filings)
 * @param maxStringChars  longest string a JSON body may carry in any field; free text of the forms is
 *                        far shorter, and nothing longer is ever stored
 */
@ConfigurationProperties("jointclear.web")
public record WebEdgeProperties(
        @DefaultValue("2097152") long maxRequestBytes,
        @DefaultValue("33554432") long maxImportBytes,
        @DefaultValue("4000") int maxStringChars) {
}
