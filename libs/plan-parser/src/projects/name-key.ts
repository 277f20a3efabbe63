/**
 * How a project's name is compared when a list is matched to the projects a plan already holds: the same project
 * re-typed with full-width brackets, spaces or without its trailing 项目 is the same project.
 * '门诊综合楼（一期）建设项目' and '门诊综合楼(一期) 建设' both become '门诊综合楼一期建设'.
 */
export function projectNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s()[\]{}（）【】〔〕［］｛｝<>《》〈〉「」『』“”"'‘’]/g, '')
    .replace(/项目$/, '')
    .toLowerCase();
}

/** Institution names compared the same way (spaces and bracket styles). */
export function institutionNameKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s()（）[\]【】]/g, '').toLowerCase();
}
