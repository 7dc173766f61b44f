// The single IPC channel between the renderer and the main process, shared by both ends.
export const FASHEN_CHANNEL = 'fashen:call';
