// Stands in for docx's declarations in the purity check (service/tsconfig.purity.json) only:
// docx's own reference Node's types, which would bring all of Node into the service's program.
declare const docx: any;
export = docx;
