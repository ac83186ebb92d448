package org.marsad.spark.load;

import java.io.Serializable;

/** Opens an {@link ArticleLoader} inside a task; shipped to the executors, so it holds only configuration. */
@FunctionalInterface
public interface ArticleLoaderFactory extends Serializable {
    ArticleLoader open() throws Exception;
}
