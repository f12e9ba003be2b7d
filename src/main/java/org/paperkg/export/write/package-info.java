/**
 * Writers of views: JGraphT's jgrapht-io for GraphML and DOT, Jackson for Cytoscape.js JSON,
 * Apache Commons CSV for Gephi's tables, and StAX for the formats no library writes correctly
 * (GEXF 1.3 with time and visualisation, GraphML with yEd's graphics).
 */
package org.paperkg.export.write;
