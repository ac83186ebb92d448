/**
 * Real OpenSearch clusters for integration tests: {@link org.marsad.opensearch.testkit.LocalOpenSearchCluster}.
 *
 * <p>A module that uses it depends on {@code marsad-opensearch-testkit} with test scope and has
 * Maven fetch the distribution at build time (never commit it), passing its path to the tests:
 * <pre>{@code
 * <plugin>
 *   <artifactId>maven-dependency-plugin</artifactId>
 *   <executions><execution>
 *     <id>opensearch-distribution</id><phase>generate-test-resources</phase><goals><goal>copy</goal></goals>
 *     <configuration>
 *       <artifactItems><artifactItem>
 *         <groupId>org.opensearch.distribution.integ-test-zip</groupId><artifactId>opensearch</artifactId>
 *         <version>${opensearch.version}</version><type>zip</type>
 *         <destFileName>opensearch-${opensearch.version}.zip</destFileName>
 *       </artifactItem></artifactItems>
 *       <outputDirectory>${project.build.directory}/opensearch</outputDirectory>
 *     </configuration>
 *   </execution></executions>
 * </plugin>
 * <plugin>
 *   <artifactId>maven-surefire-plugin</artifactId>
 *   <configuration><systemPropertyVariables>
 *     <marsad.opensearch.distribution>${project.build.directory}/opensearch/opensearch-${opensearch.version}.zip</marsad.opensearch.distribution>
 *   </systemPropertyVariables></configuration>
 * </plugin>
 * }</pre>
 * The analysis plugin zip is {@code marsad-opensearch-plugin/target/marsad-analysis-<version>.zip}
 * (built in that module's {@code package} phase).
 */
package org.marsad.opensearch.testkit;
