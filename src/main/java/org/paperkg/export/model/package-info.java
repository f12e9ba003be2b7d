/**
 * What an export is, apart from how it is computed or written: the request
 * ({@link org.paperkg.export.model.ViewRequest}, {@link org.paperkg.export.model.ViewKind}), the
 * formats ({@link org.paperkg.export.model.ExportFormat}, {@link org.paperkg.export.model.WriteOptions})
 * and the view graph that views produce and writers read
 * ({@link org.paperkg.export.model.ViewGraph}, its nodes, edges and node types). The packages
 * {@code view}, {@code write} and {@code dump} depend on it; it depends on none of them.
 */
package org.paperkg.export.model;
