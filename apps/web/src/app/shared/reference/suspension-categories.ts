import type { SuspensionCategory } from '@jumush/contracts/client';

/** The label of a suspension's category, in the attaché's dialog and on the transparency page. */
export const suspensionCategoryKey = (category: SuspensionCategory): string => `suspensionCategory.${category}`;
