/** Small stroke icons for the builder (decorative: every button carries its own name). */
function Icon({ d, size = 16 }: { d: string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export const PrevIcon = () => <Icon d="M10 3L5 8l5 5" />;
export const NextIcon = () => <Icon d="M6 3l5 5-5 5" />;
export const PlusIcon = () => <Icon d="M8 3v10M3 8h10" />;
export const PickIcon = () => <Icon d="M3 3l4.2 10 1.6-4.2L13 7.2 3 3zM9.2 9.2L13 13" />;
export const CloseIcon = () => <Icon d="M4 4l8 8M12 4l-8 8" />;
export const UpIcon = () => <Icon d="M8 13V3M4 7l4-4 4 4" size={14} />;
export const DownIcon = () => <Icon d="M8 3v10M4 9l4 4 4-4" size={14} />;
export const TrashIcon = () => <Icon d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" size={14} />;
export const PanelIcon = () => <Icon d="M2.5 3.5h11v9h-11zM10 3.5v9" />;
export const TargetIcon = () => <Icon d="M8 2v2.5M8 11.5V14M2 8h2.5M11.5 8H14M8 11.5a3.5 3.5 0 100-7 3.5 3.5 0 000 7z" />;
