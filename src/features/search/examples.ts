/** Queries offered before anything is typed: each shows one thing search forgives or understands. */
export const EXAMPLE_QUERIES = ['Seikula', 'POD', 'avatud dialoog', 'network meeting'];
