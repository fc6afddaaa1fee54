/**
 * Where the content collections are read from. Tests and the scale benchmark
 * point CONTENT_DIR at a temporary copy so they never touch the real content.
 */
export const contentDir = process.env.CONTENT_DIR ?? './src/content';
