import { benchProbe } from '../../../server/bench-probe'

export { benchProbe as GET }
