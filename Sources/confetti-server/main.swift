import ConfettiServer

await ServerCommand.mainAndExit()
